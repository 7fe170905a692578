from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.reset_default_graph()
with tf.variable_scope("myscope") as scope:
    x = tf.get_variable(name="x", initializer=tf.constant([1, 2, 3]))
    y = tf.get_variable(name="y1", initializer=tf.constant(1))
    print(x)
    #> <tf.Variable 'myscope/x:0' shape=(3,) dtype=int32_ref>
    print(y)
    #> <tf.Variable 'myscope/y1:0' shape=() dtype=int32_ref>

with tf.variable_scope("myscope") as scope:
    # y不共享
    y = tf.get_variable(name="y2", initializer=tf.constant(2))
    scope.reuse_variables()
    x = tf.get_variable(name="x", dtype=tf.int32)
    print(x)
    #> <tf.Variable 'myscope/x:0' shape=(3,) dtype=int32_ref>
    print(y)
    #> <tf.Variable 'myscope/y2:0' shape=() dtype=int32_ref>
