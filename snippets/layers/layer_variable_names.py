import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("net"):
    hidden = tf.layers.dense(x, 4)  # no name: the first is "dense"
    scores = tf.layers.dense(hidden, 2)  # the next one "dense_1"
    logits = tf.layers.dense(scores, 2, name="logits")

# scope / layer / kernel or bias
for v in tf.global_variables():
    print(v.name)
    #> net/dense/kernel:0
    #> net/dense/bias:0
    #> net/dense_1/kernel:0
    #> net/dense_1/bias:0
    #> net/logits/kernel:0
    #> net/logits/bias:0
print(logits.name)
#> net/logits/BiasAdd:0
