from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.reset_default_graph()
with tf.variable_scope("myscope") as scope:
    x = tf.get_variable(name="x", initializer=tf.constant([1, 2, 3]))
    print(x)
    #> <tf.Variable 'myscope/x:0' shape=(3,) dtype=int32_ref>
# 不加reuse=True会抛出异常，不允许创建同名的变量。
# with tf.variable_scope("myscope") as scope:
#    x = tf.get_variable(name="x", dtype=tf.int32, initializer=tf.constant([1, 2, 3]))

with tf.variable_scope("myscope", reuse=True) as scope:
    # 注意要加上dtype=tf.int32
    x = tf.get_variable(name="x", dtype=tf.int32, initializer=tf.constant([1, 2, 3]))
    # 我们可以不提供initializer
    # x = tf.get_variable(name="x", dtype=tf.int32)
    print(x)
    #> <tf.Variable 'myscope/x:0' shape=(3,) dtype=int32_ref>
