import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

makers = {
    "Adam": lambda w: tf.train.AdamOptimizer(0.1).minimize(w * w),
    "Momentum": lambda w: tf.train.MomentumOptimizer(0.1, 0.9).minimize(w * w),
    "ExponentialMovingAverage": lambda w: tf.train.ExponentialMovingAverage(0.9).apply([w]),
}
# The first one built inside a block that re-enters the current scope, the second after it:
# the numbering of slot names restarted when the block ended.
for name, make in makers.items():
    with tf.Graph().as_default():
        w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
        with tf.variable_scope(tf.get_variable_scope()):
            make(w)
        try:
            make(w)
        except ValueError as e:
            print(f"{name}: ValueError:", str(e).split(" Did you mean")[0])
            #> Adam: ValueError: Variable w/Adam/ already exists, disallowed.
            #> Momentum: ValueError: Variable w/Momentum/ already exists, disallowed.
            #> ExponentialMovingAverage: ValueError: Variable w/ExponentialMovingAverage/ already exists, disallowed.

# The other way round, the first at the top level and the second inside the block: the block
# starts from the numbering it finds, and the second takes the next free names.
with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    tf.train.AdamOptimizer(0.1).minimize(w * w)
    second = tf.train.AdamOptimizer(0.1)
    with tf.variable_scope(tf.get_variable_scope()):
        second.minimize(w * w)
    print(second.get_slot(w, "m").op.name, second.get_slot(w, "v").op.name)
    #> w/Adam_2 w/Adam_3

# The same with two entries of one named scope.
with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    for _ in range(2):
        with tf.variable_scope("train"):
            try:
                tf.train.AdamOptimizer(0.1).minimize(w * w)
            except ValueError as e:
                print("ValueError:", str(e).split(" Did you mean")[0])
                #> ValueError: Variable train/w/Adam/ already exists, disallowed.

# Under AUTO_REUSE nothing raises: the second optimizer takes the first one's slots.
with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    first, second = tf.train.AdamOptimizer(0.1), tf.train.AdamOptimizer(0.1)
    with tf.variable_scope("t", reuse=tf.AUTO_REUSE):
        first.minimize(w * w)
    with tf.variable_scope("t", reuse=tf.AUTO_REUSE):
        second.minimize(w * w)
    print(first.get_slot(w, "m") is second.get_slot(w, "m"), first.get_slot(w, "m").op.name)
    #> True t/w/Adam
    print([v.op.name for v in tf.global_variables()])
    #> ['w', 't/beta1_power', 't/beta2_power', 't/w/Adam', 't/w/Adam_1', 't_1/beta1_power', 't_1/beta2_power']

# So does reuse=True on the second entry alone.
with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    first, second = tf.train.AdamOptimizer(0.1), tf.train.AdamOptimizer(0.1)
    with tf.variable_scope("t"):
        first.minimize(w * w)
    with tf.variable_scope("t", reuse=True):
        second.minimize(w * w)
    print(first.get_slot(w, "m") is second.get_slot(w, "m"))
    #> True


# Only names of one kind clash: a moving average or a Momentum optimizer in the block, then Adam
# after it, make other names, and nothing raises.
for name in ["ExponentialMovingAverage", "Momentum"]:
    with tf.Graph().as_default():
        w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
        with tf.variable_scope(tf.get_variable_scope()):
            makers[name](w)
        makers["Adam"](w)
        print(sorted(v.op.name for v in tf.global_variables() if v.op.name.startswith("w/")))
        #> ['w/Adam', 'w/Adam_1', 'w/ExponentialMovingAverage']
        #> ['w/Adam', 'w/Adam_1', 'w/Momentum']

# The slots are named after the optimizer's name, its kind by default: a second Adam given
# another name, adam2, after the block makes w/adam2, and nothing raises either.
with tf.Graph().as_default():
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
    with tf.variable_scope(tf.get_variable_scope()):
        makers["Adam"](w)
    tf.train.AdamOptimizer(0.1, name="adam2").minimize(w * w)
    print(sorted(v.op.name for v in tf.global_variables() if v.op.name.startswith("w/")))
    #> ['w/Adam', 'w/Adam_1', 'w/adam2', 'w/adam2_1']

# But not any other name: Adam_1 is the name of a default Adam's second slot. An Adam named
# Adam_1 after the block, or in the block with a default Adam after it, clashes with that slot.
for inside, after in [("Adam", "Adam_1"), ("Adam_1", "Adam")]:
    with tf.Graph().as_default():
        w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
        with tf.variable_scope(tf.get_variable_scope()):
            tf.train.AdamOptimizer(0.1, name=inside).minimize(w * w)
        try:
            tf.train.AdamOptimizer(0.1, name=after).minimize(w * w)
        except ValueError as e:
            print(f"{inside}, then {after}: ValueError:", str(e).split(" Did you mean")[0])
            #> Adam, then Adam_1: ValueError: Variable w/Adam_1/ already exists, disallowed.
            #> Adam_1, then Adam: ValueError: Variable w/Adam_1/ already exists, disallowed.
