import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def q_network(scope, value, hidden_first=True):
    with tf.variable_scope(scope):
        # The same variables, created in the order the flag says.
        names = ["hidden", "out"] if hidden_first else ["out", "hidden"]
        for name in names:
            tf.get_variable(name, shape=[2], initializer=tf.constant_initializer(value))


q_network("q", 1.0)
q_network("target", 0.0, hidden_first=False)  # built elsewhere, in another order

# zip pairs by position: each variable of q with the target variable at the same place.
online, target = tf.trainable_variables("q/"), tf.trainable_variables("target/")
print([(s.op.name, t.op.name) for s, t in zip(online, target)])
#> [('q/hidden', 'target/out'), ('q/out', 'target/hidden')]

# Paired by the name after the scope, the order does not matter.
target_by_name = {v.op.name[len("target/"):]: v for v in target}
pairs = [(v, target_by_name[v.op.name[len("q/"):]]) for v in online]
print([(s.op.name, t.op.name) for s, t in pairs])
#> [('q/hidden', 'target/hidden'), ('q/out', 'target/out')]
copy = tf.group(*[t.assign(s) for s, t in pairs])

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(tf.assign(tf.trainable_variables("q/out")[0], [2.0, 2.0]))
    sess.run(copy)
    print({v.op.name: sess.run(v).tolist() for v in target})
    #> {'target/out': [2.0, 2.0], 'target/hidden': [1.0, 1.0]}
