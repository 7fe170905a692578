import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

try:
    x = tf.get_variable("x", shape=[3], initializer=tf.constant([1, 2, 3]))
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: If initializer is a constant, do not specify shape.
