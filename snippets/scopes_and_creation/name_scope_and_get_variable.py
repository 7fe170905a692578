import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.name_scope('outer1'):
    v1 = tf.Variable([1], name='v1')
    with tf.variable_scope('inner2'):
        v2 = tf.Variable([1], name='v2')
        v3 = tf.get_variable(name='v3', shape=[])
print('v1.name: ', v1.name)
#> v1.name:  outer1/v1:0
print('v2.name: ', v2.name)
#> v2.name:  outer1/inner2/v2:0
print('v3.name: ', v3.name)
#> v3.name:  inner2/v3:0

with tf.name_scope('outer2'):
    v4 = tf.get_variable(name='v4',shape=[])
print('v4.name: ', v4.name)
#> v4.name:  v4:0
