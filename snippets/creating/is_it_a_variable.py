import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

p = tf.placeholder(tf.int32, shape=[2], name="p")
v = tf.Variable(1, name="v")
g = tf.get_variable("g", shape=[], dtype=tf.int32)

for made_by, made in [("tf.placeholder", p), ("tf.Variable", v), ("tf.get_variable", g)]:
    print(made_by, "->", type(made).__name__, "| a tf.Variable:", isinstance(made, tf.Variable))
    #> tf.placeholder -> SymbolicTensor | a tf.Variable: False
    #> tf.Variable -> RefVariable | a tf.Variable: True
    #> tf.get_variable -> RefVariable | a tf.Variable: True

print("tf.global_variables():", [var.name for var in tf.global_variables()])
#> tf.global_variables(): ['v:0', 'g:0']
