import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    first, second = tf.train.AdamOptimizer(0.1), tf.train.AdamOptimizer(0.1)
    first.minimize(w * w)
    second.minimize(w * w)
    # Adam_1 is the first optimizer's second slot; the second optimizer's are Adam_2 and Adam_3.
    print([v.op.name for v in tf.global_variables()])
    #> ['w', 'beta1_power', 'beta2_power', 'w/Adam', 'w/Adam_1', 'beta1_power_1', 'beta2_power_1', 'w/Adam_2', 'w/Adam_3']
    print([{name: opt.get_slot(w, name).op.name for name in opt.get_slot_names()} for opt in (first, second)])
    #> [{'m': 'w/Adam', 'v': 'w/Adam_1'}, {'m': 'w/Adam_2', 'v': 'w/Adam_3'}]

with tf.Graph().as_default():
    with tf.variable_scope("d"):
        d = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    with tf.variable_scope("g"):
        g = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    # A GAN: two optimizers, each with its own variables, each given a name.
    tf.train.AdamOptimizer(0.1, name="d_adam").minimize(d * g, var_list=[d])
    tf.train.AdamOptimizer(0.1, name="g_adam").minimize(d * g, var_list=[g])
    print([v.op.name for v in tf.global_variables()])
    #> ['d/w', 'g/w', 'beta1_power', 'beta2_power', 'd/w/d_adam', 'd/w/d_adam_1', 'beta1_power_1', 'beta2_power_1', 'g/w/g_adam', 'g/w/g_adam_1']

with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    tf.train.MomentumOptimizer(0.1, 0.9).minimize(w * w)
    tf.train.MomentumOptimizer(0.1, 0.9).minimize(w * w)
    # Momentum has one slot: here Momentum_1 is the second optimizer's.
    print([v.op.name for v in tf.global_variables()])
    #> ['w', 'w/Momentum', 'w/Momentum_1']
