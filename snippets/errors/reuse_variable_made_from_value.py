import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Made from a value, a variable takes the value's dtype, not float32, nor the scope's dtype=.
with tf.variable_scope("m", dtype=tf.float16):
    i = tf.get_variable("i", initializer=[1, 2])
    f = tf.get_variable("f", initializer=np.array([1.0, 2.0]))  # NumPy's floats are float64
    n = tf.get_variable("n", initializer=np.array([1, 2]))  # and its ints int64
print(i.dtype.base_dtype.name, f.dtype.base_dtype.name, n.dtype.base_dtype.name)
#> int32 float64 int64

# A dtype given beside the value must be the value's own.
try:
    tf.get_variable("g", dtype=tf.float32, initializer=np.array([1.0, 2.0]))
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Initializer type '<dtype: 'float64'>' and explicit dtype '<dtype: 'float32'>' don't match.

# Reused without a dtype, it is looked up as float32 (or the reusing scope's dtype=) all the same.
with tf.variable_scope("m", reuse=True):
    try:
        tf.get_variable("f")
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Trying to share variable m/f, but specified dtype float32 and found dtype float64_ref.
    print(tf.get_variable("f", dtype=tf.float64) is f)
    #> True
