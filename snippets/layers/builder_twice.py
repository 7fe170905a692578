import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def build(x):
    hidden = tf.layers.dense(x, 4)  # unnamed: dense, dense_1, ... counted within the scope entry
    return tf.layers.dense(hidden, 2)


x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("net"):
    build(x)
# A new entry of the scope counts from dense again: the same names, so reuse shares them.
with tf.variable_scope("net", reuse=True):
    build(x)
print([v.name for v in tf.global_variables()])
#> ['net/dense/kernel:0', 'net/dense/bias:0', 'net/dense_1/kernel:0', 'net/dense_1/bias:0']

# Twice in one entry: the second call's layers are dense_2 and dense_3, new names.
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    build(x)  # shares dense, dense_1
    build(x)  # creates dense_2, dense_3
print([v.name for v in tf.global_variables()][4:])
#> ['net/dense_2/kernel:0', 'net/dense_2/bias:0', 'net/dense_3/kernel:0', 'net/dense_3/bias:0']

# With reuse=True, the second call in one entry looks for names that do not exist.
with tf.variable_scope("other"):
    build(x)
with tf.variable_scope("other", reuse=True):
    build(x)  # shares dense, dense_1
    try:
        build(x)
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable other/dense_2/kernel does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
