import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A shape with an unknown size (None) is not enough for the default initializer either.
for shape in [[None, 3], [2, None]]:
    try:
        tf.get_variable("w", shape=shape)
    except ValueError as e:
        print(str(shape) + ":", type(e).__name__ + ":", str(e).splitlines()[0])
        #> [None, 3]: ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.
        #> [2, None]: ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.
