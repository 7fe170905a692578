# tf2-only: Keras 3 came with TensorFlow 2.16; the tf.layers of 1.15.5 are part of TensorFlow
import os

os.environ.pop("TF_USE_LEGACY_KERAS", None)  # Keras 3, TensorFlow's default since 2.16: the error

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Which Keras tf.layers uses is settled once per process, at its first use: setting
# TF_USE_LEGACY_KERAS after that, as a program that forgot it might, is too late.
for attempt in ["without TF_USE_LEGACY_KERAS:", "with it set too late:    "]:
    try:
        tf.layers.Dense(units=2)
    except AttributeError as e:
        print(attempt, type(e).__name__ + ":", e)
        #> without TF_USE_LEGACY_KERAS: AttributeError: `Dense` is not available with Keras 3.
        #> with it set too late:     AttributeError: `Dense` is not available with Keras 3.
    os.environ["TF_USE_LEGACY_KERAS"] = "1"
