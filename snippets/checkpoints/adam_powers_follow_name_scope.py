import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


# A model in "encoder", its Adam built at `where`: does the scope list Adam's powers?
def powers_in_scope(where):
    with tf.Graph().as_default():
        with tf.variable_scope("encoder"):
            w = tf.get_variable("w", shape=[1])
            if where == "the model's entry of the scope":
                tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w))
        if where == "a later entry of the scope":
            with tf.variable_scope("encoder"):
                tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w))
        if where == "the top level":
            tf.train.AdamOptimizer(0.1).minimize(tf.reduce_sum(w * w))
        powers = [v.op.name for v in tf.global_variables() if "power" in v.op.name]
        in_scope = [v.op.name for v in tf.global_variables(scope="encoder/") if "power" in v.op.name]
        print(f"minimize in {where}: {powers}, in scope='encoder/': {in_scope}")
        #> minimize in the top level: ['beta1_power', 'beta2_power'], in scope='encoder/': []
        #> minimize in the model's entry of the scope: ['encoder/beta1_power', 'encoder/beta2_power'], in scope='encoder/': ['encoder/beta1_power', 'encoder/beta2_power']
        #> minimize in a later entry of the scope: ['encoder_1/beta1_power', 'encoder_1/beta2_power'], in scope='encoder/': []


# beta1_power and beta2_power are plain tf.Variables: the name scope of the minimize call names them.
for where in ["the top level", "the model's entry of the scope", "a later entry of the scope"]:
    powers_in_scope(where)
