import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A shape with an unknown size (None) fails with any initializer object, the default
# (Glorot uniform) as well as tf.zeros_initializer(): each needs the whole shape.
cases = [
    ([None, 3], "the default", None),
    ([2, None], "the default", None),
    ([None, 3], "tf.zeros_initializer()", tf.zeros_initializer()),
]
for shape, label, initializer in cases:
    try:
        tf.get_variable("w", shape=shape, initializer=initializer)
    except ValueError as e:
        print(f"{shape} with {label}: {type(e).__name__}: {str(e).splitlines()[0]}")
        #> [None, 3] with the default: ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.
        #> [2, None] with the default: ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.
        #> [None, 3] with tf.zeros_initializer(): ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.
