import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def tower_loss(x, y):
    # Variables are named by the variable scope, "model/…": the same in every tower.
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[2, 1], initializer=tf.constant_initializer(0.5))
    # The loss is an op, named by the current name scope: tower_0/…, tower_1/…
    tf.losses.mean_squared_error(y, tf.matmul(x, w))


x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
y = tf.constant([[1.0], [2.0], [3.0], [4.0]])
opt = tf.train.AdamOptimizer(0.1)
tower_grads = []
found = []  # per tower: its name scope, the losses and the variables found by it
with tf.variable_scope(tf.get_variable_scope()):  # the reuse turned on below ends with this block
    for i in range(2):
        with tf.device("/cpu:0"), tf.name_scope("tower_%d" % i) as scope:  # "/gpu:%d" % i on GPUs
            tower_loss(x[2 * i:2 * i + 2], y[2 * i:2 * i + 2])
            losses = tf.losses.get_losses(scope=scope)  # this tower's losses only
            same = losses == tf.get_collection(tf.GraphKeys.LOSSES, scope)
            found.append((scope, [loss.name for loss in losses], same, tf.trainable_variables(scope=scope)))
            tower_grads.append(opt.compute_gradients(tf.add_n(losses)))
            tf.get_variable_scope().reuse_variables()  # the next tower shares model/w
for scope, losses, same, variables in found:
    print(scope, "losses:", losses, "(the same by get_collection:", str(same) + ")", "variables:", variables)
    #> tower_0/ losses: ['tower_0/mean_squared_error/value:0'] (the same by get_collection: True) variables: []
    #> tower_1/ losses: ['tower_1/mean_squared_error/value:0'] (the same by get_collection: True) variables: []

# Average each variable's gradients over the towers, and apply them once.
averaged = []
for grads_and_vars in zip(*tower_grads):
    grads = [grad for grad, _ in grads_and_vars]
    var = grads_and_vars[0][1]
    print(var.name, "gets a gradient from", [grad.name.split("/")[0] for grad in grads])
    #> model/w:0 gets a gradient from ['tower_0', 'tower_1']
    averaged.append((tf.reduce_mean(tf.stack(grads), axis=0), var))
train = opt.apply_gradients(averaged)  # Adam's slots: made outside the reusing block

print([var.name for var in tf.global_variables()])
#> ['model/w:0', 'beta1_power:0', 'beta2_power:0', 'model/w/Adam:0', 'model/w/Adam_1:0']
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print("model/w after one step:", [round(v, 4) for v in sess.run(tf.trainable_variables()[0]).ravel().tolist()])
    #> model/w after one step: [0.4, 0.4]
