import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

labels = tf.constant([1, 0, 1, 1])
predictions = tf.constant([1, 0, 0, 1])
accuracy, update = tf.metrics.accuracy(labels, predictions)  # keeps a running total and count

# They are local variables, which tf.global_variables_initializer() leaves out.
print([v.op.name for v in tf.local_variables()], "| global:", tf.global_variables())
#> ['accuracy/total', 'accuracy/count'] | global: []

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    try:
        sess.run(update)
    except tf.errors.FailedPreconditionError as e:
        # The message also names the file and line that made the variable: print the cause.
        cause = next(line for line in str(e).splitlines() if "uninitialized" in line)
        value, name = cause.rsplit(" ", 1)  # total or count: which one varies
        print(type(e).__name__ + ":", value, "…", "| a local variable:", name in [v.op.name for v in tf.local_variables()])
        #> FailedPreconditionError: Attempting to use uninitialized value … | a local variable: True

with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())  # or both: tf.group(global_init, local_init)
    sess.run(update)
    print("accuracy:", sess.run(accuracy))
    #> accuracy: 0.75
