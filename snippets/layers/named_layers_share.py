import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.layers needs Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
with tf.variable_scope("net", reuse=tf.AUTO_REUSE):
    y1 = tf.layers.dense(x, 2, name="fc")
    y2 = tf.layers.dense(x, 2, name="fc")  # the same name: shared, even in the same entry
with tf.variable_scope("net", reuse=True):
    y3 = tf.layers.dense(x, 2, name="fc")

# One kernel and one bias ...
print([v.name for v in tf.global_variables()])
#> ['net/fc/kernel:0', 'net/fc/bias:0']
# ... but every call builds new ops, whose names are made unique.
print(y1.name, y2.name, y3.name)
#> net/fc/BiasAdd:0 net/fc_1/BiasAdd:0 net_1/fc/BiasAdd:0
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    outputs = sess.run([y1, y2, y3], feed_dict={x: [[1.0, 2.0, 3.0]]})
    print("the same output:", bool((outputs[0] == outputs[1]).all() and (outputs[0] == outputs[2]).all()))
    #> the same output: True
