import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer():
    with tf.variable_scope(None, default_name="layer"):
        return tf.get_variable("w", shape=[]).name


with tf.variable_scope("model"):
    print(layer())
    #> model/layer/w:0
    # The current scope entered again inside itself, as the towers and the reuse fix do: the
    # next call is numbered on, model/layer_1.
    with tf.variable_scope(tf.get_variable_scope()):
        print(layer())
        #> model/layer_1/w:0
    # Leaving that entry puts model's count back where it was: model/layer_1 again, which exists.
    try:
        layer()
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable model/layer_1/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
