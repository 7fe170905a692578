import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Given only a shape, tf.get_variable picks an initializer by dtype: Glorot uniform for floats
# (see initial_value.py), zeros for integers, False for booleans, empty strings for strings.
n = tf.get_variable("n", shape=[2], dtype=tf.int32)
b = tf.get_variable("b", shape=[2], dtype=tf.bool)
s = tf.get_variable("s", shape=[2], dtype=tf.string)

# Complex and quantized numbers get none: the initializer must be given.
for name, dtype in [("z", tf.complex64), ("q", tf.qint8)]:
    try:
        tf.get_variable(name, shape=[2], dtype=dtype)
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: An initializer for variable z of <dtype: 'complex64'> is required
        #> ValueError: An initializer for variable q of <dtype: 'qint8'> is required
z = tf.get_variable("z", shape=[2], dtype=tf.complex64, initializer=tf.zeros_initializer())

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for v in (n, b, s, z):
        print(v.op.name, str(sess.run(v)))
        #> n [0 0]
        #> b [False False]
        #> s [b'' b'']
        #> z [0.+0.j 0.+0.j]
