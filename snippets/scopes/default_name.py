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

# The variable scope's name is made unique against variable scopes only, its name scope against
# names in the graph: after a name_scope "block", a default_name "block" keeps the variable scope
# block, in the name scope block_1/.
with tf.name_scope("block"):
    pass
with tf.variable_scope(None, default_name="block") as scope:
    print(scope.name, tf.get_variable("w", shape=[]).name, scope.original_name_scope)
    #> block block/w:0 block_1/

# A name, when given, wins over default_name.
with tf.variable_scope("named", default_name="layer") as scope:
    print(scope.name)
    #> named

# tf.name_scope takes a default_name too, made unique against the names in the graph.
for _ in range(2):
    with tf.name_scope(None, default_name="unit") as block:
        print(repr(block))
        #> 'unit/'
        #> 'unit_1/'
