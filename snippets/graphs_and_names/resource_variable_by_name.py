import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.get_default_graph()
# A resource variable: what TF2 behaviour (tf.disable_eager_execution() alone) makes, or use_resource=True.
with tf.variable_scope("net", use_resource=True):
    r = tf.get_variable("r", shape=[2], initializer=tf.constant_initializer(1.0))
    y = tf.multiply(r, 3.0, name="y")

# Its name is net/r:0 too, but the tensor of that name is the variable's handle, not its value.
print(type(r).__name__, r.name, graph.get_tensor_by_name("net/r:0").dtype.name)
#> ResourceVariable net/r:0 resource
# Each use reads the value with an op of its own.
print([op.name for op in graph.get_operations() if op.type == "ReadVariableOp"])
#> ['net/r/Read/ReadVariableOp', 'net/y/ReadVariableOp']

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(r).tolist(), sess.run("net/r/Read/ReadVariableOp:0").tolist())
    #> [1.0, 1.0] [1.0, 1.0]
    # Fed by the variable's name, the handle cannot take a value.
    try:
        sess.run("net/y:0", feed_dict={"net/r:0": [5.0, 5.0]})
    except KeyError as e:
        print(f"KeyError: {e}")
        #> KeyError: 20
    # The value that y read can be fed, by the name of y's own read.
    print(sess.run("net/y:0", feed_dict={"net/y/ReadVariableOp:0": [5.0, 5.0]}).tolist())
    #> [15.0, 15.0]
