import os
import tempfile

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def cell():
    """A notebook cell that builds the model with tf.Variable, in the default graph."""
    return tf.Variable([1.0, 2.0], name="w")


with tempfile.TemporaryDirectory() as folder:
    checkpoint = os.path.join(folder, "model.ckpt")
    w = cell()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        tf.train.Saver().save(sess, checkpoint)  # saves the variable under its name, "w"

    w = cell()  # the cell, run again: no error, but the new variable is named w_1
    print(w.name)
    #> w_1:0
    with tf.Session() as sess:
        try:
            tf.train.Saver(var_list=[w]).restore(sess, checkpoint)
        except tf.errors.NotFoundError as e:
            lines = e.message.splitlines()
            print(type(e).__name__ + ":", lines[0])
            #> NotFoundError: Restoring from checkpoint failed. This is most likely due to a Variable name or other graph key that is missing from the checkpoint. Please ensure that you have not altered the graph expected based on the checkpoint. Original error:
            print([line for line in lines if line.startswith("Key ")][0])
            #> Key w_1 not found in checkpoint
