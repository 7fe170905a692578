import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.name_scope("ns"):
    op = tf.add(1, 2, name="op")
    p = tf.placeholder(tf.float32, name="p")
    v = tf.Variable(1.0, name="v")
    g = tf.get_variable("g", shape=[])
print("in name_scope('ns'):     ", op.name, p.name, v.name, g.name)
#> in name_scope('ns'):      ns/op:0 ns/p:0 ns/v:0 g:0

with tf.variable_scope("vs"):
    op = tf.add(1, 2, name="op")
    p = tf.placeholder(tf.float32, name="p")
    v = tf.Variable(1.0, name="v")
    g = tf.get_variable("g", shape=[])
print("in variable_scope('vs'): ", op.name, p.name, v.name, g.name)
#> in variable_scope('vs'):  vs/op:0 vs/p:0 vs/v:0 vs/g:0
