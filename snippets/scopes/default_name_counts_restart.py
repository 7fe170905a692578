import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer():
    with tf.variable_scope(None, default_name="layer"):
        return tf.get_variable("w", shape=[]).name


# Within one entry of "outer", default_name numbers the scopes: layer, layer_1.
with tf.variable_scope("outer"):
    print(layer(), layer())
    #> outer/layer/w:0 outer/layer_1/w:0

# Leaving "outer" forgets those numbers: entered again, the first call gets outer/layer again.
with tf.variable_scope("outer"):
    try:
        layer()
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable outer/layer/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:

# The same when the captured scope object is entered again.
with tf.variable_scope("model") as model:
    print(layer())
    #> model/layer/w:0
with tf.variable_scope(model):
    try:
        layer()
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable model/layer/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:

# At the top level the numbers keep counting ...
print(layer(), layer())
#> layer/w:0 layer_1/w:0
# ... until the root scope object is entered and left again: then they are back where they were.
with tf.variable_scope(tf.get_variable_scope()):
    print(layer())
    #> layer_2/w:0
try:
    layer()
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable layer_2/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:

# For a new variable on every call, name each call's scope yourself.
def named_layer(name):
    with tf.variable_scope(name):
        return tf.get_variable("w", shape=[]).name


with tf.variable_scope("outer"):
    print(named_layer("layer_a"))
    #> outer/layer_a/w:0
with tf.variable_scope("outer"):
    print(named_layer("layer_b"))
    #> outer/layer_b/w:0
