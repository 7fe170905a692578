import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def update_ops_made(training):
    with tf.Graph().as_default():
        tf.layers.batch_normalization(tf.ones([4, 3]), training=training())
        return len(tf.get_collection(tf.GraphKeys.UPDATE_OPS))


print("True:", update_ops_made(lambda: True))
#> True: 2
print("False:", update_ops_made(lambda: False))
#> False: 0
# A tensor whose value is not known while the graph is built: the update ops are made.
print("placeholder:", update_ops_made(lambda: tf.placeholder(tf.bool, [])))
#> placeholder: 2
print("placeholder_with_default(False):", update_ops_made(lambda: tf.placeholder_with_default(False, [])))
#> placeholder_with_default(False): 2
# A constant tensor is read as its value: tf.constant(False) makes none.
print("tf.constant(False):", update_ops_made(lambda: tf.constant(False)))
#> tf.constant(False): 0
