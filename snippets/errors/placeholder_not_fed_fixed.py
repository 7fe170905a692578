import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[2], name="x")
y = x * 2
with tf.Session() as sess:
    print(str(sess.run(y, feed_dict={x: [1.0, 2.0]})))
    #> [2. 4.]
