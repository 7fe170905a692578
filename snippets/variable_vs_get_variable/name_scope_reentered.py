from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.reset_default_graph()
with tf.name_scope("my_scope"):
    v2 = tf.Variable(1, name="var2", dtype=tf.float32)
    print(v2.name)
    #> my_scope/var2:0

with tf.name_scope("my_scope"):
    v2 = tf.Variable(1, name="var2", dtype=tf.float32)
    print(v2.name)
    #> my_scope_1/var2:0
