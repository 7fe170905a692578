import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

first, second = tf.Graph(), tf.Graph()
with first.as_default():
    with tf.variable_scope("net"):
        w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer(1.0))
    p = tf.placeholder(tf.float32, [2], name="p")
with second.as_default():
    x = tf.constant([3.0, 4.0], name="x")
    # An op cannot take inputs from two graphs.
    try:
        tf.add(w, x)
    except ValueError as e:
        print(f"ValueError: {str(e).split(' (graphs are')[0]}")
        #> ValueError: Tensor("x:0", shape=(2,), dtype=float32) must be from the same graph as Tensor("net/w/read:0", shape=(2,), dtype=float32)
    # Each graph has its own variable store: net/w does not exist here.
    with tf.variable_scope("net", reuse=True):
        try:
            tf.get_variable("w", shape=[2])
        except ValueError as e:
            print(f"ValueError: {e}")
            #> ValueError: Variable net/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
    # A session runs one graph: the default graph where it is made, or graph=.
    with tf.Session() as sess:
        for run in (lambda: sess.run(w), lambda: sess.run(x, feed_dict={p: [1.0, 1.0]})):
            try:
                run()
            except (ValueError, TypeError) as e:
                print(f"{type(e).__name__}: {e}")
                #> ValueError: Argument `fetch` = <tf.Variable 'net/w:0' shape=(2,) dtype=float32_ref> cannot be interpreted as a Tensor. (Tensor Tensor("net/w:0", shape=(2,), dtype=float32_ref) is not an element of this graph.)
                #> TypeError: Cannot interpret feed_dict key as Tensor: Tensor Tensor("p:0", shape=(2,), dtype=float32) is not an element of this graph.
