from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.reset_default_graph()
with tf.name_scope("my_scope"):
    v1 = tf.get_variable("var1", [1], dtype=tf.float32)
    v2 = tf.Variable(1, name="var2", dtype=tf.float32)
    a = tf.add(v1, v2)

    print(v1.name)  # var1:0
    #> var1:0
    print(v2.name)  # my_scope/var2:0
    #> my_scope/var2:0
    print(a.name)   # my_scope/Add:0
    #> my_scope/Add:0

with tf.variable_scope("my_scope"):
    v1 = tf.get_variable("var1", [1], dtype=tf.float32)
    v2 = tf.Variable(1, name="var2", dtype=tf.float32)
    a = tf.add(v1, v2)

    print(v1.name)  # my_scope/var1:0
    #> my_scope/var1:0
    print(v2.name)  # my_scope_1/var2:0
    #> my_scope_1/var2:0
    print(a.name)   # my_scope_1/Add:0
    #> my_scope_1/Add:0
