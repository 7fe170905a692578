import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "model.ckpt")
    with tf.Graph().as_default():  # the old code: the weight was made outside any scope
        w = tf.get_variable("w", initializer=tf.constant([1.0, 2.0]))
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            tf.train.Saver().save(sess, checkpoint)

    # The new code makes it in a scope: its name is model/w, which the checkpoint does not have.
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[2])
    with tf.Session() as sess:
        try:
            tf.train.Saver().restore(sess, checkpoint)
        except tf.errors.NotFoundError as e:
            lines = str(e).splitlines()
            print(type(e).__name__ + ":", lines[0])
            #> NotFoundError: Restoring from checkpoint failed. This is most likely due to a Variable name or other graph key that is missing from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:
            print([line for line in lines if line.startswith("Key ")][0])
            #> Key model/w not found in checkpoint

    # The names in the checkpoint, with their shapes:
    print(tf.train.list_variables(checkpoint))
    #> [('w', [2])]
    # A dict maps each name in the checkpoint to the variable that takes its value.
    saver = tf.train.Saver(var_list={"w": w})
    with tf.Session() as sess:
        saver.restore(sess, checkpoint)
        print(w.op.name, str(sess.run(w)))
        #> model/w [1. 2.]
