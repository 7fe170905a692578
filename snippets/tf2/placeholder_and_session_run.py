import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
total = tf.reduce_sum(x, axis=1)
with tf.Session() as sess:
    print(str(sess.run(total, feed_dict={x: [[1.0, 2.0, 3.0]]})))
    #> [6.]
    print(str(sess.run(total, feed_dict={x: [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]})))
    #> [3. 6.]
