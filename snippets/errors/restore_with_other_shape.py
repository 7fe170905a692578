import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "model.ckpt")
    with tf.Graph().as_default():  # the old code: a layer of 2 units
        w = tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    # The new code makes w with 3 units: the name is found, the value does not fit.
    with tf.Graph().as_default(), tf.Session() as sess:
        w = tf.get_variable("w", shape=[3])
        try:
            tf.train.Saver().restore(sess, checkpoint)
        except tf.errors.InvalidArgumentError as e:
            first, *rest = str(e).splitlines()
            print(f"{type(e).__name__}: {first}")
            #> InvalidArgumentError: Restoring from checkpoint failed. This is most likely due to a mismatch between the current graph and the graph from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:
            print(next(line for line in rest if line.startswith("Assign requires")))
            #> Assign requires shapes of both tensors to match. lhs shape= [3] rhs shape= [2]

    # The fix: the shape in the checkpoint, which list_variables gives.
    print(tf.train.list_variables(checkpoint))
    #> [('w', [2])]
    with tf.Graph().as_default():
        w = tf.get_variable("w", shape=[2])
        with tf.Session() as sess:
            tf.train.Saver().restore(sess, checkpoint)
            print(str(sess.run(w)))
            #> [1. 2.]
