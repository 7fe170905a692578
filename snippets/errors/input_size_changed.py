import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def dense(x, units):
    # The weight's shape follows the input: [input size, units].
    w = tf.get_variable("w", shape=[x.shape[-1], units])
    return tf.matmul(x, w)


train_x = tf.placeholder(tf.float32, [None, 3], name="train_x")
test_x = tf.placeholder(tf.float32, [None, 5], name="test_x")  # 5 features now, not 3
with tf.variable_scope("layer"):
    train_y = dense(train_x, 2)
    train_z = tf.layers.dense(train_x, 2)
with tf.variable_scope("layer", reuse=True):
    for build in [lambda: dense(test_x, 2), lambda: tf.layers.dense(test_x, 2)]:
        try:
            build()
        except ValueError as e:
            print(type(e).__name__ + ":", str(e).splitlines()[0])
            #> ValueError: Trying to share variable layer/w, but specified shape (5, 2) and found shape (3, 2).
            #> ValueError: Trying to share variable layer/dense/kernel, but specified shape (5, 2) and found shape (3, 2).
