import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def discriminator(x, reuse=False):
    with tf.variable_scope("discriminator", reuse=reuse):
        w = tf.get_variable("w", shape=[3, 1])
        return tf.matmul(x, w)


real = tf.placeholder(tf.float32, [None, 3], name="real")
fake = tf.placeholder(tf.float32, [None, 3], name="fake")
try:
    d_fake = discriminator(fake, reuse=True)  # the reusing call comes first
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable discriminator/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
d_real = discriminator(real)  # the call that creates must run first ...
d_fake = discriminator(fake, reuse=True)  # ... then the reusing one finds its variable
print([var.name for var in tf.global_variables()])
#> ['discriminator/w:0']
