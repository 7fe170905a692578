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
try:
    with tf.variable_scope("myscope") as scope:
        x = tf.get_variable(name="x", dtype=tf.int32, initializer=tf.constant([1, 2, 3]))
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable myscope/x already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
