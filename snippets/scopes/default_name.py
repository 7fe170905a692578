import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def layer():
    # With no name, default_name is used, made unique like an op name.
    with tf.variable_scope(None, default_name="layer") as scope:
        return scope.name, tf.get_variable("w", shape=[]).name


print(layer())
#> ('layer', 'layer/w:0')
print(layer())
#> ('layer_1', 'layer_1/w:0')

# A name, when given, wins over default_name.
with tf.variable_scope("named", default_name="layer") as scope:
    print(scope.name)
    #> named

# tf.name_scope takes a default_name too.
for _ in range(2):
    with tf.name_scope(None, default_name="block") as block:
        print(repr(block))
        #> 'block/'
        #> 'block_1/'
