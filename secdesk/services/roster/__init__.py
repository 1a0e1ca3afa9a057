"""The staff roster (所属・職員): departments, staff, their department history, the April
personnel file in and out."""
