import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

v = tf.Variable([1, 2], name="v")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())  # after the variables are made, before they are used
    print(str(sess.run(v)))
    #> [1 2]
