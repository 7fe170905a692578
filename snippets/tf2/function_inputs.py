import tensorflow as tf


# The placeholder becomes an argument; its shape and dtype, the input signature.
@tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32, name="x")])
def total(x):
    return tf.reduce_sum(x, axis=1)


print(str(total(tf.constant([[1.0, 2.0, 3.0]])).numpy()))
#> [6.]
print(str(total(tf.constant([[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])).numpy()))
#> [3. 6.]
