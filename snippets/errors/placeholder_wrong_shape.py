import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[2], name="x")
y = x * 2
with tf.Session() as sess:
    try:
        sess.run(y, feed_dict={x: [[1.0, 2.0, 3.0]]})
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Cannot feed value of shape (1, 3) for Tensor x:0, which has shape (2,)
