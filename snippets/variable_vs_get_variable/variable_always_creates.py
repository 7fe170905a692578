from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.reset_default_graph()
x1 = tf.Variable(1, name="x")
x2 = tf.Variable(2, name="x")
print(x1)
#> <tf.Variable 'x:0' shape=() dtype=int32_ref>
print(x2)
#> <tf.Variable 'x_1:0' shape=() dtype=int32_ref>

# tf.Variable会自动生成名字
x3 = tf.Variable(3)
print(x3)
#> <tf.Variable 'Variable:0' shape=() dtype=int32_ref>
