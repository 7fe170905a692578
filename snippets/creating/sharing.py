import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A placeholder is shared by using the same tensor: every op that reads it gets the fed value.
x = tf.placeholder(tf.float32, shape=[], name="x")
doubled, tripled = x * 2, x * 3

# tf.Variable always makes a new variable: to share one, pass the Python object around.
v = tf.Variable(1.0, name="v")
print("tf.Variable again is the same:", tf.Variable(1.0, name="v") is v)
#> tf.Variable again is the same: False
# Found again, it is by its name in a collection, not by tf.Variable or tf.get_variable.
found = [var for var in tf.global_variables() if var.op.name == "v"]
print("found in the collection:", found[0] is v)
#> found in the collection: True

# tf.get_variable shares by name, in a variable scope that reuses.
with tf.variable_scope("layer"):
    w = tf.get_variable("w", shape=[])
with tf.variable_scope("layer", reuse=True):
    print("tf.get_variable again is the same:", tf.get_variable("w", shape=[]) is w)
    #> tf.get_variable again is the same: True

with tf.Session() as sess:
    print("x fed with 1.0:", str(sess.run(doubled, {x: 1.0})), str(sess.run(tripled, {x: 1.0})))
    #> x fed with 1.0: 2.0 3.0
