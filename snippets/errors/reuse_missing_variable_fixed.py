import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer(reuse):
    with tf.variable_scope("layer", reuse=reuse):
        return tf.get_variable("w", shape=[])


# Build once without reuse, which creates the variable; then reuse it by the same name.
w = layer(reuse=False)
w_again = layer(reuse=True)
print(w.name, w_again is w, len(tf.trainable_variables()))
#> layer/w:0 True 1
