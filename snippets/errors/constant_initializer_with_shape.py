import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A tensor, a Python list, a NumPy array or a number as the initializer, and a shape beside it.
values = {
    "a tensor": tf.constant([1, 2, 3]),
    "a list": [1, 2, 3],
    "a NumPy array": np.array([1, 2, 3]),
    "a number": 0.1,
}
for i, (kind, value) in enumerate(values.items()):
    try:
        tf.get_variable(f"x{i}", shape=[3], initializer=value)
    except ValueError as e:
        print(f"{kind}: {type(e).__name__}:", str(e).splitlines()[0])
        #> a tensor: ValueError: If initializer is a constant, do not specify shape.
        #> a list: ValueError: If initializer is a constant, do not specify shape.
        #> a NumPy array: ValueError: If initializer is a constant, do not specify shape.
        #> a number: ValueError: If initializer is a constant, do not specify shape.
