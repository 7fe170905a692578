import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

p = tf.placeholder(tf.int32, shape=[2], name="p")
v = tf.Variable(1, name="v")
g = tf.get_variable("g", shape=[], dtype=tf.int32)
for made in [p, v, g]:
    print(repr(made), "| dtype:", repr(made.dtype), "| base_dtype:", repr(made.dtype.base_dtype))
    #> <tf.Tensor 'p:0' shape=(2,) dtype=int32> | dtype: tf.int32 | base_dtype: tf.int32
    #> <tf.Variable 'v:0' shape=() dtype=int32_ref> | dtype: tf.int32_ref | base_dtype: tf.int32
    #> <tf.Variable 'g:0' shape=() dtype=int32_ref> | dtype: tf.int32_ref | base_dtype: tf.int32

# disable_v2_behavior() turns resource variables off; with them, dtype has no _ref.
r = tf.get_variable("r", shape=[], dtype=tf.int32, use_resource=True)
print(repr(r), type(r).__name__)
#> <tf.Variable 'r:0' shape=() dtype=int32> ResourceVariable
rv = tf.Variable(1, name="rv", use_resource=True)
print(repr(rv), type(rv).__name__)
#> <tf.Variable 'rv:0' shape=() dtype=int32> ResourceVariable
