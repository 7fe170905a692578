import tensorflow.compat.v1 as tf  # TF2 behaviour left on: eager execution

with tf.variable_scope("s"):
    a = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    b = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())  # no error ...
print(a.name, b.name, "same variable:", a is b)  # ... and no sharing
#> s/w:0 s/w:0 same variable: False

with tf.variable_scope("s", reuse=True):
    c = tf.get_variable("w", shape=[])  # reuse=True: still a new variable
    missing = tf.get_variable("missing", shape=[])  # a missing variable is created, no error
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    d = tf.get_variable("w", shape=[])
c.assign(5.0)
print(a.numpy(), c.numpy(), d.numpy() == 5.0, missing.name)
#> 1.0 5.0 False s/missing:0


# tf.make_template keeps the variables of its first call, and gives them back on later calls.
def scale(x):
    return x * tf.get_variable("w", shape=[], initializer=tf.ones_initializer())


shared_scale = tf.make_template("scale", scale)
shared_scale(1.0)
shared_scale(2.0)
print([v.name for v in shared_scale.variables])
#> ['scale/w:0']
