import tensorflow.compat.v1 as tf  # TF2 behaviour left on: eager execution

try:
    x = tf.placeholder(tf.float32, shape=[None, 3])
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> RuntimeError: tf.placeholder() is not compatible with eager execution.

sess = tf.Session()  # no error yet
try:
    sess.run(tf.constant(1.0))
except RuntimeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> RuntimeError: The Session graph is empty. Add operations to the graph before calling run().
sess.close()

# What replaces them: the value itself.
print(tf.reduce_sum(tf.constant([[1.0, 2.0, 3.0]]), axis=1).numpy())
#> [6.]
