import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

v = tf.Variable([1, 2], name="v")
assign = v.assign([7, 8])
saver = tf.train.Saver()

with tempfile.TemporaryDirectory() as folder:
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(assign)
        path = saver.save(sess, folder + "/model")

    # Each session holds its own values: a new one starts with v uninitialized. Restoring a
    # checkpoint gives v its value, without running its initializer.
    with tf.Session() as sess:
        print("initialized:", str(sess.run(tf.is_variable_initialized(v))))
        #> initialized: False
        saver.restore(sess, path)
        print("restored:", str(sess.run(v)))
        #> restored: [7 8]

# Sessions on the same tf.train.Server share its variables: the second one reads the value
# that the first one assigned.
server = tf.train.Server.create_local_server()
with tf.Session(server.target) as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(assign)
with tf.Session(server.target) as sess:
    print("second session on the server:", str(sess.run(v)))
    #> second session on the server: [7 8]
