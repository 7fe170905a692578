import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("net"):
    layer = tf.layers.Dense(2, name="fc")
    layer(x)
with tf.variable_scope("net2"):
    tf.layers.dense(x, 2, name="fc", use_bias=False)

# Every variable of the graph, with its shape:
for v in tf.global_variables():
    print(v.name, v.shape.as_list())
    #> net/fc/kernel:0 [3, 2]
    #> net/fc/bias:0 [2]
    #> net2/fc/kernel:0 [3, 2]
# scope= is a regular expression matched at the start of the name: "net" matches net2 too.
print([v.name for v in tf.trainable_variables(scope="net")])
#> ['net/fc/kernel:0', 'net/fc/bias:0', 'net2/fc/kernel:0']
print([v.name for v in tf.trainable_variables(scope="net/")])
#> ['net/fc/kernel:0', 'net/fc/bias:0']
# A layer object lists its own.
print([v.name for v in layer.weights])
#> ['net/fc/kernel:0', 'net/fc/bias:0']
