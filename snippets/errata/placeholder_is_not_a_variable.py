import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

p = tf.placeholder(tf.float32, shape=[2], name="p")
v = tf.Variable([1.0, 2.0], name="v", trainable=False)

print("p:", repr(p))
#> p: <tf.Tensor 'p:0' shape=(2,) dtype=float32>
print("p has a trainable attribute:", hasattr(p, "trainable"))
#> p has a trainable attribute: False
print("in a variable collection:", p in tf.global_variables() + tf.local_variables())
#> in a variable collection: False
print("v:", repr(v), "| trainable:", v.trainable)
#> v: <tf.Variable 'v:0' shape=(2,) dtype=float32_ref> | trainable: False
