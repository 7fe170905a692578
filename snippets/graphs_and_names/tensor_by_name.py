import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.get_default_graph()
with tf.variable_scope("net"):
    w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(1.0))
    w2 = tf.get_variable("w2", shape=[2], initializer=tf.constant_initializer(2.0))
    y = tf.multiply(w, 3.0, name="y")

# A tensor's name is its op's name and the output's index.
print(y.name, y.op.name, w.name, w.op.name)
#> net/y:0 net/y net/w:0 net/w
print(graph.get_tensor_by_name("net/y:0") is y, graph.get_operation_by_name("net/y") is y.op)
#> True True
# By the name of a variable you get its tensor, not the tf.Variable object.
by_name = graph.get_tensor_by_name("net/w:0")
print(type(by_name).__name__ != "RefVariable", by_name.dtype.name)
#> True float32_ref

for wrong in ("net/y", "net/z:0"):
    try:
        graph.get_tensor_by_name(wrong)
    except (ValueError, KeyError) as e:
        print(f"{type(e).__name__}: {e}")
        #> ValueError: The name 'net/y' refers to an Operation, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".
        #> KeyError: "The name 'net/z:0' refers to a Tensor which does not exist. The operation, 'net/z', does not exist in the graph."

# The tf.Variable object: from a collection (scope= is a regular expression matched at the start),
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="net/w")])
#> ['net/w:0', 'net/w2:0']
print([v.name for v in tf.global_variables() if v.op.name == "net/w"])
#> ['net/w:0']
# or, made by tf.get_variable, from a reusing scope.
with tf.variable_scope("net", reuse=True):
    print(tf.get_variable("w") is w)
    #> True

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    # Session.run takes names too: a tensor's name fetches its value, an op's name runs the op.
    print(sess.run("net/y:0").tolist(), sess.run("net/y"))
    #> [3.0, 3.0] None
    print(sess.run("net/y:0", feed_dict={"net/w:0": [5.0, 5.0]}).tolist())
    #> [15.0, 15.0]
