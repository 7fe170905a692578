import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The same TF1 program on TensorFlow 2 (through compat.v1) and on TensorFlow 1.15: the names and
# the sum are the same; a class name and an error's wording are not.
x = tf.placeholder(tf.float32, shape=[2], name="x")
w = tf.get_variable("w", shape=[2], initializer=tf.zeros_initializer())
print("x:", x.name, type(x).__name__, "| w:", w.name, type(w).__name__)
#> x: x:0 SymbolicTensor | w: w:0 RefVariable
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("x + w:", str(sess.run(x + w, feed_dict={x: [1.0, 2.0]})))
    #> x + w: [1. 2.]
    try:
        sess.run(x, feed_dict={x: [[1.0, 2.0, 3.0]]})
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Cannot feed value of shape (1, 3) for Tensor x:0, which has shape (2,)
