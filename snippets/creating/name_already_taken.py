import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

p1 = tf.placeholder(tf.float32, name="p")
p2 = tf.placeholder(tf.float32, name="p")
print(p1.name, p2.name)
#> p:0 p_1:0

v1 = tf.Variable(1.0, name="v")
v2 = tf.Variable(2.0, name="v")
print(v1.name, v2.name)
#> v:0 v_1:0

g1 = tf.get_variable("g", shape=[])
try:
    g2 = tf.get_variable("g", shape=[])
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable g already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
