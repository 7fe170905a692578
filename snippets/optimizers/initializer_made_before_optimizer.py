import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("conv1"):
    w = tf.get_variable("weights", shape=[2], initializer=tf.ones_initializer())
loss = tf.reduce_sum(tf.square(w))

init = tf.global_variables_initializer()  # made now: it initializes the variables that exist now
train = tf.train.AdamOptimizer(0.1).minimize(loss)  # adds beta1_power, beta2_power and the slots

with tf.Session() as sess:
    sess.run(init)
    missing = [name.decode() for name in sess.run(tf.report_uninitialized_variables())]
    print("not initialized:", missing)
    #> not initialized: ['beta1_power', 'beta2_power', 'conv1/weights/Adam', 'conv1/weights/Adam_1']
    try:
        sess.run(train)
    except tf.errors.FailedPreconditionError as e:
        # The message also names the file and line that made the variable: print the cause.
        cause = next(line for line in e.message.splitlines() if "uninitialized" in line)
        value, name = cause.rsplit(" ", 1)  # which of them it names varies from run to run
        print(type(e).__name__ + ":", value, "…", "| one of those above:", name in missing)
        #> FailedPreconditionError: Attempting to use uninitialized value … | one of those above: True

# Fix: make the initializer after the whole graph, optimizer included.
init = tf.global_variables_initializer()
with tf.Session() as sess:
    sess.run(init)
    sess.run(train)
    print("after one step:", [round(x, 4) for x in sess.run(w).tolist()])
    #> after one step: [0.9, 0.9]
